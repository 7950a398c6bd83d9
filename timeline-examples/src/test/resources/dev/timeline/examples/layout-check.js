// SeedChronologyPageTest: measures the chart as laid out at the width of the frame the page is in, and posts the
// outcome to the frame's parent (layout-frame.html), which writes it into its DOM for the test to read.
(function () {
  var box = document.querySelector('.chart-box');
  var svg = document.querySelector('svg.chart');
  var hint = document.querySelector('.scroll-hint');
  var chart = svg.getBoundingClientRect();
  var problems = [];
  function shown(el) {
    return getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
  }
  function inside(el) {
    var c = svg.getBoundingClientRect();
    var r = el.getBoundingClientRect();
    return r.left >= c.left - 1 && r.right <= c.right + 1;
  }
  var shortened = [];
  document.querySelectorAll('svg.chart text.lbl').forEach(function (t) {
    if (!shown(t)) {
      return;
    }
    if (!inside(t)) {
      problems.push('label cut off at the edge of the chart: ' + t.textContent);
    }
    if (t.textContent.endsWith('\u2026')) {
      shortened.push(t);
    }
  });
  shortened.forEach(function (t) {
    var mark = t.closest('a.mark');
    var full = mark && mark.querySelector('text.lbl.full');
    if (!full) {
      problems.push('shortened label without its full text: ' + t.textContent);
      return;
    }
    var title = mark.querySelector('title').textContent;
    if (!title.endsWith(' \u2014 ' + full.textContent)) {
      problems.push('full text "' + full.textContent + '" is not the title "' + title + '"');
    }
    mark.focus({preventScroll: true});
    if (!shown(full) || shown(t)) {
      problems.push('focus does not show the full text: ' + full.textContent);
    } else if (!inside(full)) {
      problems.push('full text cut off at the edge of the chart: ' + full.textContent);
    }
    mark.blur();
  });
  var result = JSON.stringify({
    width: window.innerWidth,
    startOffset: Math.round(chart.left - box.getBoundingClientRect().left),
    scrolls: box.scrollWidth > box.clientWidth + 1,
    hint: hint !== null && shown(hint) ? hint.textContent : null,
    shortened: shortened.length,
    problems: problems
  });
  if (window.parent !== window) {
    window.parent.postMessage(result, '*'); // laid out in a frame of the width under test
  }
})();
