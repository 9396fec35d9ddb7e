// Draws each Jangkauan chart from the data its page writes with json_script, so the
// admin needs no inline script: <canvas data-mmc-chart="ID"> reads <script id="ID">.
(() => {
  const format = new Intl.NumberFormat("id-ID");
  const draw = () => {
    document.querySelectorAll("canvas[data-mmc-chart]").forEach((canvas) => {
      const data = JSON.parse(document.getElementById(canvas.dataset.mmcChart).textContent);
      new Chart(canvas, {
        type: "line",
        data,
        options: {
          interaction: { mode: "index", intersect: false },
          scales: { y: { beginAtZero: true, ticks: { callback: (value) => format.format(value) } } },
          plugins: {
            tooltip: {
              callbacks: { label: (item) => `${item.dataset.label}: ${format.format(item.parsed.y)}` },
            },
          },
        },
      });
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
