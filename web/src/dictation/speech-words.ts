// What the browser's speech recognition is asked for, and what its failures are called for the clinician.

/** The language to recognise: the browser's own when it is a form of English, else US English. */
export const LANG = typeof navigator !== 'undefined' && /^en(-|$)/i.test(navigator.language) ? navigator.language : 'en-US';

/** Messages for the Web Speech API's error codes (the specification's list). */
export const SPEECH_ERRORS: Record<string, string> = {
  'not-allowed': 'The browser was not allowed to use the microphone. Allow it in the address bar, then start again.',
  'service-not-allowed': 'The browser does not allow speech recognition here. Type the summary, or use your transcription service.',
  'audio-capture': 'No microphone was found. Connect one, then start again.',
  'no-speech': 'No speech was heard. Check the microphone, then start again.',
  'language-not-supported': 'This browser cannot recognise this language on this device. Type the summary, or use your transcription service.',
  network: 'Speech recognition stopped. Nothing was sent anywhere; start again, or type the summary.',
};
