// Progressive enhancement of the online questionnaire: hides the questions that the skip logic
// skips, as the respondent answers. The server applies the same rules, so the form works and is
// checked the same way without this script. Hidden questions lose their answer and are disabled,
// so they are not sent.
(function () {
  'use strict';
  function questions(form) {
    return Array.prototype.slice.call(form.querySelectorAll('.question[data-qid]'));
  }
  function answerOf(block) {
    var checked = block.querySelector('input[type=radio]:checked');
    return checked ? checked.value : '';
  }
  function update(form) {
    var list = questions(form);
    var skipUntil = null;
    list.forEach(function (block) {
      var id = block.getAttribute('data-qid');
      if (skipUntil !== null && id === skipUntil) skipUntil = null;
      var skipped = skipUntil !== null;
      block.hidden = skipped;
      Array.prototype.forEach.call(block.querySelectorAll('input, textarea'), function (input) {
        if (skipped && input.type === 'radio') input.checked = false;
        input.disabled = skipped;
      });
      var cond = block.querySelector('.condition');
      if (cond) cond.hidden = true; // the script shows and hides instead
      var when = block.getAttribute('data-skip-when');
      if (!skipped && when && answerOf(block) === when) skipUntil = block.getAttribute('data-skip-to');
    });
    var sections = form.querySelectorAll('section.part');
    Array.prototype.forEach.call(sections, function (section) {
      var visible = section.querySelectorAll('.question[data-qid]:not([hidden])');
      section.hidden = visible.length === 0;
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[method=post]');
    if (!form || !form.querySelector('.question[data-qid]')) return;
    form.addEventListener('change', function () { update(form); });
    update(form);
    var summary = document.getElementById('error-summary');
    if (summary) summary.focus();
  });
})();
