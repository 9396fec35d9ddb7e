// Live character counters for every limited text field in the admin
// (title, lead, captions): "87 / 120", turning red past the limit.
(() => {
  const attach = (field) => {
    const limit = Number(field.dataset.mmcLimit || field.getAttribute("maxlength"));
    if (!limit || field.dataset.mmcCounter) return;
    field.dataset.mmcCounter = "1";
    const counter = document.createElement("div");
    counter.className = "mmc-counter";
    counter.setAttribute("aria-live", "polite");
    const update = () => {
      const length = field.value.length;
      counter.textContent = `${length} / ${limit} karakter`;
      counter.classList.toggle("mmc-counter--over", length > limit);
    };
    field.addEventListener("input", update);
    field.insertAdjacentElement("afterend", counter);
    update();
  };
  const scan = () =>
    document
      .querySelectorAll("form input[type=text][maxlength], form textarea[maxlength], [data-mmc-limit]")
      .forEach(attach);
  document.addEventListener("DOMContentLoaded", scan);
  document.addEventListener("wagtail:panel-init", scan);
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
