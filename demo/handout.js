// Demo-only: ?exercise=glute picks the stretch, ?lang=es the language.
const params = new URLSearchParams(location.search);
const exercise = params.get('exercise');
if (exercise) document.querySelector('stretch-card').setAttribute('exercise', exercise);
if (params.get('lang')) document.documentElement.lang = params.get('lang');
