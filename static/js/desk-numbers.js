// When a number field loses focus, its digits are grouped in threes with dots
// ("1250000" becomes "1.250.000"); the comma stays the decimal separator. Only unambiguous
// input is touched: "78.5" is left for the server to explain (core.formatting.parse_angka
// parses the same format, so what is shown is what is saved).
(function () {
  "use strict";

  function grouped(text) {
    var parts = text.replace(/^\s*rp\.?\s*/i, "").trim().split(",");
    var whole = parts[0];
    if (parts.length > 2 || !/^-?(\d+|\d{1,3}(\.\d{3})+)$/.test(whole)) {
      return text;
    }
    var sign = whole.charAt(0) === "-" ? "-" : "";
    var digits = whole.replace(/[-.]/g, "");
    var withDots = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return sign + withDots + (parts.length === 2 ? "," + parts[1] : "");
  }

  document.addEventListener("focusout", function (event) {
    var field = event.target;
    if (field.matches && field.matches("input[data-angka]") && field.value) {
      field.value = grouped(field.value);
    }
  });
})();
