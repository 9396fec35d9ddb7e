// The Media Sosial tab's "Pratinjau kiriman": as the reporter types, the editor form is
// sent to the preview view, which builds each platform's post the way posting will.
(() => {
  const DELAY_MS = 400;
  const start = () => {
    const source = document.querySelector("[data-mmc-preview-url]");
    const form = source && source.closest("form");
    if (!form || form.dataset.mmcPreviewBound) return;
    form.dataset.mmcPreviewBound = "1";
    const words = source.dataset;
    let timer = null;
    let latest = 0;

    const fill = (post) => {
      const box = form.querySelector(`[data-mmc-preview="${post.platform}"]`);
      if (!box) return;
      const caption = box.querySelector("[data-mmc-preview-caption]");
      const count = box.querySelector("[data-mmc-preview-count]");
      const shown = post.skipped ? `${words.mmcSkipped} ${post.skipped}` : post.error || post.caption;
      caption.textContent = shown;
      count.textContent = post.skipped || post.error
        ? ""
        : `${post.length} / ${post.limit} ${words.mmcChars}` + (post.over_limit ? ` · ${words.mmcOver}` : "");
      box.classList.toggle("mmc-preview--over", post.over_limit || Boolean(post.error));
      box.querySelector("[data-mmc-preview-link]").textContent = post.link;
      box.querySelector("[data-mmc-preview-heading]").textContent = post.heading;
      const image = box.querySelector("[data-mmc-preview-image]");
      if (post.image && image.getAttribute("src") !== post.image) image.src = post.image;
      image.hidden = !post.image;
      box.querySelector("[data-mmc-preview-note]").textContent = post.link_note;
    };

    const refresh = async () => {
      const request = ++latest;
      const response = await fetch(source.dataset.mmcPreviewUrl, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "XMLHttpRequest" },
        credentials: "same-origin",
      });
      // An older answer arriving late must not overwrite a newer one.
      if (!response.ok || request !== latest) return;
      (await response.json()).platforms.forEach(fill);
    };

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DELAY_MS);
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    refresh();
  };
  document.addEventListener("DOMContentLoaded", start);
  document.addEventListener("wagtail:panel-init", start);
})();
