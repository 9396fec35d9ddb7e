// Draws Kinerja Data OPD's chart from the data the page writes with json_script (the admin's
// own code has no inline script): one horizontal bar per agency, its requests stacked by
// status. The box is as tall as the page says (data-height), so every agency gets a bar.
(() => {
  const format = new Intl.NumberFormat("id-ID");
  const colours = ["#0b5d3b", "#e9a23b", "#b23a48", "#8d99ae"];
  const draw = () => {
    document.querySelectorAll("canvas[data-mmc-board-chart]").forEach((canvas) => {
      const data = JSON.parse(document.getElementById(canvas.dataset.mmcBoardChart).textContent);
      data.datasets.forEach((dataset, index) => {
        dataset.backgroundColor = colours[index % colours.length];
      });
      canvas.parentElement.style.height = `${canvas.parentElement.dataset.height}px`;
      new Chart(canvas, {
        type: "bar",
        data,
        options: {
          indexAxis: "y",
          maintainAspectRatio: false,
          scales: {
            x: { stacked: true, beginAtZero: true, ticks: { callback: (value) => format.format(value) } },
            y: { stacked: true },
          },
          plugins: {
            tooltip: {
              callbacks: { label: (item) => `${item.dataset.label}: ${format.format(item.parsed.x)}` },
            },
          },
        },
      });
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
