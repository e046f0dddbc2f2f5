// Demo-only: ?dir=rtl shows the gallery right to left (the widgets follow the page's direction).
const dir = new URLSearchParams(location.search).get('dir');
if (dir === 'rtl' || dir === 'ltr') document.documentElement.dir = dir;
