// A list of entries kept in this browser's localStorage under one key. Reading skips what is not a valid
// entry (an older format, another tab's half-written list); where storage is unavailable (private mode,
// full), reading gives an empty list and writing does nothing, so the page still works until it is closed.

/** The list under `key`, with `isValid(entry)` deciding which stored entries count. */
export function storedList(key, isValid) {
  return {
    read() {
      try {
        const list = JSON.parse(localStorage.getItem(key) || '[]');
        return Array.isArray(list) ? list.filter((entry) => entry && isValid(entry)) : [];
      } catch {
        return [];
      }
    },
    write(list) {
      try {
        localStorage.setItem(key, JSON.stringify(list));
      } catch {
        // storage unavailable: see above
      }
    },
  };
}
