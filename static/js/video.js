// Swap a "play" link for the YouTube player only when the reader asks for it,
// so no page loads third-party code on its own.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".video__play");
  if (!link) return;
  const frame = link.closest("[data-youtube-id]");
  event.preventDefault();
  const iframe = document.createElement("iframe");
  iframe.src = `https://www.youtube-nocookie.com/embed/${frame.dataset.youtubeId}?autoplay=1`;
  iframe.title = link.textContent.trim();
  iframe.allow = "autoplay; encrypted-media; picture-in-picture";
  iframe.allowFullscreen = true;
  frame.replaceChildren(iframe);
});
