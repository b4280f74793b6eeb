/*
 * Google Analytics 4 without inline script. The layout includes this file only when staff set a
 * measurement ID for the site, as <script src="/js/ga.js" data-measurement-id="G-…" defer>;
 * the Content-Security-Policy allows Google's hosts only on those pages.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var id = script && script.dataset ? script.dataset.measurementId : null;
  if (!id || !/^G-[A-Z0-9]{4,12}$/.test(id)) return;

  window.dataLayer = window.dataLayer || [];
  function gtag() {
    window.dataLayer.push(arguments);
  }
  window.gtag = window.gtag || gtag;
  gtag("js", new Date());
  gtag("config", id);

  var tag = document.createElement("script");
  tag.async = true;
  tag.src = "https://www.googletagmanager.com/gtag/js?id=" + encodeURIComponent(id);
  document.head.appendChild(tag);
})();
