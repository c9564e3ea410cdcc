/**
 * Which parts of the phone message (ivr.ts, ivr-fit.ts) are only courtesy and which are urgent, so the fitting rule can
 * let the courtesy go first whenever an urgent action would otherwise be left out. Trial T (a US co-op, ice storm,
 * 13:05): the 45-second message left out the medical-equipment, generator and warming-centre actions and still ended
 * with "Thank you for waiting.", put back because it fitted where the actions did not. Pure.
 */

/** The greeting ("Welcome to …" / "Welkom bij …") and the thanks ("Thank you for waiting." / "Fijn dat u wacht."). */
export const isCourtesy = (key: string) => key === 'hello' || key === 'thanks';

/** An urgent action said (`todo-…`, its later sentences `todo-…-rest` too) or its page offered (`action`, `action-<incident>`). */
export const isUrgent = (key: string) => /^(todo-|action)/.test(key);
