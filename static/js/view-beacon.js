// Count this reader's view once the page is really shown: never from a prefetch or a
// prerender that the reader may not open. The endpoint is never cached; the page may be.
(() => {
  const url = document.currentScript?.dataset.beacon;
  if (!url) return;
  const send = () => {
    if (navigator.sendBeacon?.(url)) return;
    fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(() => {});
  };
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", send, { once: true });
  } else {
    send();
  }
})();
