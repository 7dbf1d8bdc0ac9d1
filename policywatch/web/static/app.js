// policywatch web: small progressive enhancements. Every page works without this file.
"use strict";
(function () {
  document.documentElement.classList.add("js");

  // The display-zone control applies as soon as a zone is chosen.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  // Forms that change the grouping ask first.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });

  // Entity autocomplete: ids, names and aliases of the watchlist, as the filter accepts them.
  document.querySelectorAll("input[data-complete-entities]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = null;
    function fill(entities) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      entities.forEach(function (e) {
        var option = document.createElement("option");
        option.value = e.entity_id;
        option.textContent = e.name + (e.aliases.length ? " (" + e.aliases.slice(0, 3).join(", ") + ")" : "");
        list.appendChild(option);
      });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === last) { return; }
        last = q;
        fetch("/api/entities?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
          .then(function (data) { fill(data.entities || []); })
          .catch(function () { /* autocomplete is a convenience */ });
      }, 150);
    });
  });
})();
