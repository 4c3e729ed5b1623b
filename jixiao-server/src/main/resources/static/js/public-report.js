// Charts of a published report's page (Apache ECharts). The data comes from the JSON endpoint named in the
// section's data-charts attribute; no inline script (CSP script-src 'self'). Names are set as text by ECharts
// (canvas), never as HTML.
(function () {
  'use strict';
  var section = document.getElementById('charts');
  if (!section || typeof echarts === 'undefined') return;
  var status = document.getElementById('charts-status');

  function num(v) { return v === null || v === undefined ? null : Number(v); }

  function pie(id, slices, empty) {
    var el = document.getElementById(id);
    if (!slices || slices.length === 0) { el.textContent = empty; el.classList.add('empty'); return; }
    echarts.init(el).setOption({
      tooltip: { trigger: 'item', formatter: '{b}\n{c} 万元（{d}%）', renderMode: 'richText' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['30%', '55%'], center: ['50%', '45%'], avoidLabelOverlap: true,
        label: { formatter: '{b}\n{d}%', width: 90, overflow: 'break' },
        data: slices.map(function (s) { return { name: s.name, value: num(s.value) }; }) }]
    });
  }

  function threePublic(id, data) {
    var el = document.getElementById(id);
    if (!data || data.years.length === 0) { el.textContent = '本单位公开的报告中没有“三公”经费支出决算表。'; el.classList.add('empty'); return; }
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0, type: 'scroll' },
      xAxis: { type: 'category', data: data.years.map(String) },
      yAxis: { type: 'value', name: '万元' },
      series: data.series.map(function (s) {
        return { name: s.name, type: s.name === '合计' ? 'line' : 'bar', data: s.data.map(num) };
      })
    });
  }

  function scores(id, list) {
    var el = document.getElementById(id);
    if (!list || list.length === 0) { el.textContent = '本报告没有绩效自评表。'; el.classList.add('empty'); return; }
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 48, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', max: Math.max.apply(null, list.map(function (s) { return num(s.weight); })) },
      yAxis: { type: 'category', inverse: true, data: list.map(function (s) { return s.name; }),
        axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', name: '得分', data: list.map(function (s) { return num(s.score); }), label: { show: true, position: 'right' } }]
    });
  }

  fetch(section.getAttribute('data-charts'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (d) {
      pie('chart-income', d.income, '本报告没有收入决算数据。');
      pie('chart-expenditure', d.expenditure, '本报告没有支出决算数据。');
      pie('chart-function', d.expenditureByFunction, '本报告的支出决算表没有类级科目。');
      threePublic('chart-three-public', d.threePublicCosts);
      scores('chart-scores', d.scores);
      status.textContent = '金额单位：万元。图表数据与下方表格一致。';
    })
    .catch(function () { status.textContent = '图表数据暂时无法加载，请查看下方表格。'; });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart').forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); });
  });
}());
