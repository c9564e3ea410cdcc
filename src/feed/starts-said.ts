/**
 * Why a time typed for "begins later" (`starts_at`, an incident announced ahead) cannot be taken, in English and Dutch:
 * said alike by the studio's "Begins later" field (which adds "or leave it empty") and by `--starts` of `clearline new
 * incident` and `update`, which said a start passed with the next update's words ("promise the next update within 4
 * hours"). A date in the other order ("17-12 1:00 AM" on a US desk) the CLI says as every time field does (spoken-times.ts
 * TYPED_SAID "order": "there is no month 17"). `ex` is date-example.ts's example, whose day is above 12. Pure.
 */
export const STARTS_SAID = {
  en: {
    passed: (typed: string, ex: string) => `“${typed}” is not a time still to come: type a date and time such as ${ex}`,
    unreadable: (typed: string, ex: string) => `“${typed}” is not a date and time: type one such as ${ex}`,
  },
  nl: {
    passed: (typed: string, ex: string) => `„${typed}” is geen tijd die nog moet komen: typ een datum en tijd zoals ${ex}`,
    unreadable: (typed: string, ex: string) => `„${typed}” is geen datum en tijd: typ er een zoals ${ex}`,
  },
} as const;
