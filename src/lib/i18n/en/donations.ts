import type { donations as de } from '../de/donations.ts';

/** Donation purposes (English). */
export const donations: Record<keyof typeof de, string> = {
	'donate.purposes': 'What you can donate to',
	'donate.purposesIntro':
		'Each purpose has its own payment reference and GiroCode, so your donation arrives exactly where you want it.',
	'donate.goal': 'Goal: {goal}',
	'donate.goalReached': '{raised} of {goal} reached',
	'donate.progress': 'Donations so far',
	'donate.remittance': 'Payment reference',
	'donate.purposeGirocodeAlt': 'GiroCode for a donation “{title}” to {holder}',
	'donate.done': 'I have made the transfer',
	'donate.thanks.title': 'Thank you very much!',
	'donate.thanks.default':
		'Thank you for your donation. It helps families in our town directly. If you need a donation receipt, just write to us.',
	'donate.thanks.back': 'Back to the donation page',
	'donate.thanks.note':
		'We only learn of your donation from our bank statement – this page stores nothing about you.',
	'donate.admin.nav': 'Donation purposes',
	'donate.admin.title': 'Donation purposes',
	'donate.admin.intro':
		'Decide what people can donate to. Each purpose gets its own GiroCode with its payment reference on the donation page. Without purposes, the page shows only the bank details from the profile.',
	'donate.admin.none': 'No donation purposes yet.',
	'donate.admin.new': 'New donation purpose',
	'donate.admin.edit': 'Edit donation purpose',
	'donate.admin.hidden': 'not published',
	'donate.admin.field.title': 'Title',
	'donate.admin.field.body': 'Description',
	'donate.admin.field.goal': 'Goal in euros (optional)',
	'donate.admin.field.goalHint': 'For example 1,500 or 250.50. Leave empty when there is no goal.',
	'donate.admin.field.raised': 'Reached so far in euros (optional)',
	'donate.admin.field.raisedHint':
		'Enter the figure from the bank statement; the platform counts nothing itself.',
	'donate.admin.field.remittance': 'Payment reference for the transfer',
	'donate.admin.field.remittanceHint': 'Goes into the GiroCode; at most 140 characters.',
	'donate.admin.field.thanks': 'Thank-you text',
	'donate.admin.field.thanksHint':
		'Shown when someone clicks “I have made the transfer”. Leave empty for a general thank-you.',
	'donate.admin.field.position': 'Order',
	'donate.admin.field.published': 'Show on the donation page',
	'donate.admin.created': 'The donation purpose has been created.',
	'donate.admin.saved': 'The donation purpose has been saved.',
	'donate.admin.deleted': 'The donation purpose has been deleted.',
	'donate.admin.delete': 'Delete donation purpose',
	'donate.admin.back': 'Back to the donation purposes',
	'donate.admin.noBank':
		'The profile has no valid bank details yet. Without them, the donation page shows no GiroCodes.',
	'donate.error.amount': 'Please enter an amount in euros, for example 1500 or 250.50.',
	'donate.error.raisedWithoutGoal': 'An amount reached needs a goal.'
};
