// The page's only script (no inline script runs under its content security policy).
// Live refresh: every element with data-refresh-url is reloaded from that URL (a server-rendered fragment) every few
// seconds, keeping the page's own query string, so the grid shows new orders and statuses without a reload.
(function () {
  for (const element of document.querySelectorAll('[data-refresh-url]')) {
    const every = Number(element.dataset.refreshSeconds || 5) * 1000;
    const stamp = document.querySelector(element.dataset.refreshStamp || '#refreshed');
    const refresh = async function () {
      try {
        const response = await fetch(element.dataset.refreshUrl, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' });
        if (response.ok) {
          element.innerHTML = await response.text();
          if (stamp) stamp.textContent = 'Refreshed ' + new Date().toLocaleTimeString();
        } else if (stamp) {
          stamp.textContent = 'Refresh failed (' + response.status + ')';
        }
      } catch (error) {
        if (stamp) stamp.textContent = 'Refresh failed: ' + error;
      }
    };
    setInterval(refresh, every);
  }
})();

// Forms that ask before acting (e.g. discarding a failed message): the question is the form's data-confirm
// attribute, read as text, so nothing a broker or Amazon supplied ever runs as script.
document.addEventListener('submit', function (event) {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
