// Runs every registered feature on the current page, and again after each in-app navigation, aborting
// the previous run's signal so a half-finished wait on the old page stops at once. Listed last.
(() => {
  const R = globalThis.Rapport;
  if (R.featuresRunning) return;
  R.featuresRunning = true;
  let controller = null;

  const run = () => {
    controller?.abort();
    controller = new AbortController();
    for (const feature of R.features) {
      Promise.resolve()
        .then(() => feature.init(controller.signal))
        .catch((error) => console.debug(`Rapport: ${feature.name} failed`, error));
    }
  };

  R.watchUrl(run);
  run();
})();
