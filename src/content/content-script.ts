import { sendFromContent } from '../shared/send';

// Thin bootstrap (issue 2). Detectors for QR enrollment (issue 5) and code fields (issue 6)
// hang off this entry; for now the script only tells the background which portal it is on.
sendFromContent('content/hello', null).catch(() => {
  // The extension was reloaded or updated under this page: this orphaned script stays idle.
});
