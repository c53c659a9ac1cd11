// The report's helpers. Each section (Sections/*.html) registers a renderer with
// Report.section(id, render); Report.render(data) runs them in page order, then records what the
// browser test reads: charts drawn, and the page's width against the window's.
(function () {
  'use strict';
  const renderers = [];
  const css = name => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) { e.textContent = text; } if (cls) { e.className = cls; } return e; };
  const num = v => v == null ? '' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 2 });
  const int = v => v == null ? '' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 0 });
  const pct = v => v == null ? '' : (v * 100).toFixed(1) + '%';
  // Small-cell suppression: the library hides a group's figures (null, suppressed: true); a section
  // shows hidden() in their place, never a zero. Set from data.privacy before the sections render.
  let privacy = { enabled: false, marker: '' };
  const hidden = () => privacy.marker || 'suppressed';

  // WCAG relative luminance and contrast, so text on a coloured cell always reaches 4.5:1.
  const luminance = rgb => rgb.map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); })
    .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const textOn = rgb => contrast(rgb, [0, 0, 0]) >= contrast(rgb, [255, 255, 255]) ? '#000000' : '#ffffff';
  const light = [222, 235, 247], dark = [8, 48, 107];
  const ramp = t => light.map((x, i) => Math.round(x + (dark[i] - x) * t));
  const rgb = c => 'rgb(' + c.join(',') + ')';

  // A data table: headers, rows of cells; a cell is text or { text, cls }.
  const table = (container, headers, rows) => {
    const t = el('table'); const head = el('thead'); const tr = el('tr');
    headers.forEach((h, i) => { const th = el('th', h); th.scope = 'col'; if (i === 0) { th.className = 'text'; } tr.appendChild(th); });
    head.appendChild(tr); t.appendChild(head);
    const body = el('tbody');
    rows.forEach(r => { const row = el('tr'); r.forEach((c, i) => { const td = el(i === 0 ? 'th' : 'td', typeof c === 'object' && c ? c.text : String(c ?? ''), typeof c === 'object' && c ? c.cls : null); if (i === 0) { td.scope = 'row'; td.className = 'text'; } row.appendChild(td); }); body.appendChild(row); });
    t.appendChild(body); container.replaceChildren(t);
  };

  // Legend entries: { colour, label, line?, dashed?, empty? }, { ramp: [from, to], low, high, label } or { text }.
  const legend = (container, items) => {
    container.replaceChildren();
    for (const item of items) {
      const span = el('span');
      if (item.text) {
        span.textContent = item.text;
      } else if (item.ramp) {
        span.appendChild(document.createTextNode(item.label + ': ' + item.low));
        const r = el('span', null, 'ramp'); r.style.background = 'linear-gradient(to right,' + item.ramp[0] + ',' + item.ramp[1] + ')'; span.appendChild(r);
        span.appendChild(document.createTextNode(item.high));
      } else {
        const key = el('span', null, 'key' + (item.line ? ' line' : '') + (item.dashed ? ' dashed' : '') + (item.empty ? ' empty' : ''));
        if (item.line) { key.style.borderTopColor = item.colour; } else if (!item.empty) { key.style.background = item.colour; }
        span.appendChild(key); span.appendChild(document.createTextNode(item.label));
      }
      container.appendChild(span);
    }
  };

  // One figure: the canvas gets role="img" and the text alternative as its label; the caption
  // shows the same text; the legend and the data table sit beside it.
  const figure = (name) => {
    const f = document.querySelector('figure[data-figure="' + name + '"]');
    return { root: f, canvas: f.querySelector('canvas'), legend: f.querySelector('[data-legend]'), caption: f.querySelector('figcaption'), table: f.querySelector('[data-table]') };
  };
  const chart = (fig, alt, config) => {
    fig.canvas.setAttribute('role', 'img');
    fig.canvas.setAttribute('aria-label', alt);
    fig.caption.textContent = alt;
    config.options = Object.assign({ plugins: {} }, config.options || {});
    config.options.plugins.legend = { display: false };
    return new Chart(fig.canvas, config);
  };

  Chart.register({ id: 'renderedFlag', afterRender(c) {
    const drawn = c.data.datasets.some((d, i) => c.getDatasetMeta(i).data.length > 0);
    if (drawn) { c.canvas.dataset.rendered = 'true'; }
  } });
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.color = '#1f2933';

  const cellLabels = format => ({ id: 'cellLabels', afterDatasetsDraw(c) {
    const ctx = c.ctx; const meta = c.getDatasetMeta(0);
    ctx.save(); ctx.textAlign = 'center'; ctx.textBaseline = 'middle'; ctx.font = '12px sans-serif';
    meta.data.forEach((e, i) => { const raw = c.data.datasets[0].data[i]; const text = format(raw); if (!text) { return; } const p = e.getCenterPoint(); ctx.fillStyle = raw.fill ? textOn(raw.fill) : '#1f2933'; ctx.fillText(text, p.x, p.y); });
    ctx.restore();
  } });

  // A matrix chart; a cell with `fill` null is empty: page colour, dashed outline, no label.
  const matrix = (fig, alt, xLabels, yLabels, cells, format, tooltip) => chart(fig, alt, {
    type: 'matrix',
    data: { datasets: [{ data: cells, borderWidth: 1,
      borderColor: c => c.raw.fill ? css('--mark-cell-border') : css('--line'),
      backgroundColor: c => c.raw.fill ? rgb(c.raw.fill) : css('--page'),
      width: ({ chart: k }) => (k.chartArea || {}).width / xLabels.length - 2, height: ({ chart: k }) => (k.chartArea || {}).height / yLabels.length - 2 }] },
    options: { plugins: { tooltip: { callbacks: { title: () => '', label: c => tooltip(c.raw) } } },
      scales: { x: { type: 'category', labels: xLabels, offset: true, grid: { display: false } }, y: { type: 'category', labels: yLabels, offset: true, reverse: true, grid: { display: false } } } },
    plugins: [cellLabels(format)]
  });

  window.Report = {
    el, num, int, pct, css, ramp, rgb, table, legend, figure, chart, matrix, hidden,
    section(id, render) { renderers.push({ id, render }); },
    render(data) {
      privacy = data.privacy || privacy;
      document.getElementById('subtitle').textContent = data.source + ' — as of ' + data.asOf + ' — ' + data.method + ', ' + data.bins + ' bins';
      for (const r of renderers) { r.render(data); }
      const body = document.body;
      body.dataset.chartsExpected = String(document.querySelectorAll('canvas[data-chart]').length);
      body.dataset.chartsRendered = String(document.querySelectorAll('canvas[data-chart][data-rendered="true"]').length);
      // The phone layout check: the page must not be wider than its viewport (no horizontal
      // scroll); wide tables scroll inside their own box instead.
      const view = document.documentElement.clientWidth;
      body.dataset.pageWidth = String(document.documentElement.scrollWidth);
      body.dataset.viewWidth = String(view);
      // For the test's message: elements past the edge, or whose text spills out of them.
      const wide = [...document.querySelectorAll('body *')].filter(e => !(e.parentElement && e.parentElement.closest('.table-wrap')) &&
        (e.getBoundingClientRect().right > view + 1 || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === 'visible')));
      body.dataset.tooWide = wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : '')).join(' ');
    }
  };
})();
