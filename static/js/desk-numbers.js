// The report form's numbers, the Indonesian way (desk/numbers.py, core.formatting.parse_angka
// reads the same format, so what is shown is what is saved).
// - A Rupiah field is grouped with dots as the operator types ("1250000" shows "1.250.000"),
//   the caret staying after the same digit. Input that could be misread is left alone for
//   the server to explain: a comma (no sen), or dots the operator is placing themselves.
// - Any other number field is grouped when it loses focus; "78.5" is left as typed.
// - Beside the realisation, the realisation as a percentage of the ceiling, and a warning
//   when it is above the ceiling (the server refuses it until the box is ticked).
// With JavaScript off nothing is lost: the server accepts "1250000000" and "1.250.000.000".
(function () {
  "use strict";

  var RP_PREFIX = /^\s*rp\.?\s*/i;
  // Dots in threes, the last group perhaps still being typed: the operator's own grouping.
  var OWN_GROUPING = /^\d{1,3}(\.\d{3})*(\.\d{0,3})?$/;
  var WHOLE = /^(\d+|\d{1,3}(\.\d{3})+)$/;

  function withDots(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function grouped(text) {
    var parts = text.replace(RP_PREFIX, "").trim().split(",");
    var whole = parts[0];
    if (parts.length > 2 || !/^-?(\d+|\d{1,3}(\.\d{3})+)$/.test(whole)) {
      return text;
    }
    var sign = whole.charAt(0) === "-" ? "-" : "";
    return sign + withDots(whole.replace(/[-.]/g, "")) + (parts.length === 2 ? "," + parts[1] : "");
  }

  // The Rupiah field's text regrouped, or null to leave it as the operator typed it.
  function regroupedRupiah(text) {
    var body = text.replace(RP_PREFIX, "").replace(/\s+/g, "");
    if (!/^[\d.]+$/.test(body) || (body.indexOf(".") !== -1 && OWN_GROUPING.test(body))) {
      return null;
    }
    var digits = body.replace(/\./g, "");
    return digits ? withDots(digits) : null;
  }

  function digitsBefore(text, position) {
    return text.slice(0, position).replace(/\D/g, "").length;
  }

  function afterDigits(text, count) {
    if (count === 0) {
      return 0;
    }
    for (var index = 0, seen = 0; index < text.length; index++) {
      if (/\d/.test(text.charAt(index)) && ++seen === count) {
        return index + 1;
      }
    }
    return text.length;
  }

  function formatWhileTyping(field) {
    var regrouped = regroupedRupiah(field.value);
    if (regrouped === null || regrouped === field.value) {
      return;
    }
    var focused = document.activeElement === field;
    var digits = focused ? digitsBefore(field.value, field.selectionStart) : 0;
    field.value = regrouped;
    if (focused) {
      var caret = afterDigits(regrouped, digits);
      field.setSelectionRange(caret, caret);
    }
  }

  // Whole Rupiah as a BigInt (budgets pass 2^53), or null when the text is not one yet.
  function rupiah(field) {
    var body = field ? field.value.replace(RP_PREFIX, "").trim() : "";
    return WHOLE.test(body) ? BigInt(body.replace(/\./g, "")) : null;
  }

  function percentText(part, whole) {
    var tenths = (part * 2000n + whole) / (2n * whole); // rounded half up, to one decimal
    var decimal = tenths % 10n;
    return withDots((tenths / 10n).toString()) + (decimal ? "," + decimal : "") + " persen";
  }

  function note(realisation, name, className) {
    var existing = realisation.parentNode.querySelector("[" + name + "]");
    if (existing) {
      return existing;
    }
    var element = document.createElement("p");
    element.setAttribute(name, "");
    element.className = className;
    element.setAttribute("aria-live", "polite");
    element.hidden = true;
    realisation.insertAdjacentElement("afterend", element);
    return element;
  }

  function showRealisation(form) {
    var realisation = form.querySelector("input[data-realisasi]");
    if (!realisation) {
      return;
    }
    var warning = note(realisation, "data-realisasi-warning", "help-block help-warning");
    var info = note(realisation, "data-realisasi-persen", "help");
    var ceiling = rupiah(form.querySelector("input[data-pagu]"));
    var spent = rupiah(realisation);
    var known = ceiling !== null && spent !== null && ceiling > 0n;
    info.hidden = !known;
    warning.hidden = !(known && spent > ceiling);
    if (known) {
      info.textContent = "Realisasi " + percentText(spent, ceiling) + " dari pagu.";
      warning.textContent =
        "Realisasi melebihi pagu. Periksa lagi angkanya, atau centang " +
        "\u201cRealisasi memang melebihi pagu\u201d bila sudah benar.";
    }
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!field.matches || !field.matches("input[data-angka]")) {
      return;
    }
    if (field.matches("[data-angka='rupiah']")) {
      formatWhileTyping(field);
    }
    if (field.form) {
      showRealisation(field.form);
    }
  });

  document.addEventListener("focusout", function (event) {
    var field = event.target;
    if (field.matches && field.matches("input[data-angka]") && field.value) {
      field.value = grouped(field.value);
      if (field.form) {
        showRealisation(field.form);
      }
    }
  });

  function showAll() {
    Array.prototype.forEach.call(document.querySelectorAll("form"), showRealisation);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showAll);
  } else {
    showAll();
  }
})();
