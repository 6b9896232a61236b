import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';

/*
 * The Tiptap set-up behind RichText.svelte, loaded only when an admin form with an editor
 * is shown (dynamic import). Its schema matches the server's sanitiser allow-list.
 */

export interface EditorState {
	paragraph: boolean;
	h2: boolean;
	h3: boolean;
	bold: boolean;
	italic: boolean;
	bulletList: boolean;
	orderedList: boolean;
	blockquote: boolean;
	link: boolean;
	table: boolean;
	image: boolean;
	canUndo: boolean;
	canRedo: boolean;
}

export interface EditorOptions {
	html: string;
	attributes: Record<string, string>;
	onChange: (html: string) => void;
	onState: (state: EditorState) => void;
}

export function stateOf(editor: Editor): EditorState {
	return {
		paragraph: editor.isActive('paragraph'),
		h2: editor.isActive('heading', { level: 2 }),
		h3: editor.isActive('heading', { level: 3 }),
		bold: editor.isActive('bold'),
		italic: editor.isActive('italic'),
		bulletList: editor.isActive('bulletList'),
		orderedList: editor.isActive('orderedList'),
		blockquote: editor.isActive('blockquote'),
		link: editor.isActive('link'),
		table: editor.isActive('table'),
		image: editor.isActive('image'),
		canUndo: editor.can().undo(),
		canRedo: editor.can().redo()
	};
}

export function createEditor(element: HTMLElement, options: EditorOptions): Editor {
	const editor = new Editor({
		element,
		content: options.html,
		extensions: [
			StarterKit.configure({
				heading: { levels: [2, 3, 4] },
				code: false,
				codeBlock: false,
				link: {
					openOnClick: false,
					autolink: true,
					defaultProtocol: 'https',
					protocols: ['mailto', 'tel'],
					HTMLAttributes: { target: null, rel: null, class: null }
				}
			}),
			Image.configure({ inline: false, allowBase64: false }),
			TableKit.configure({ table: { resizable: false } })
		],
		editorProps: { attributes: options.attributes },
		onUpdate: ({ editor: e }) => options.onChange(e.isEmpty ? '' : e.getHTML()),
		onTransaction: ({ editor: e }) => options.onState(stateOf(e)),
		onFocus: ({ editor: e }) => options.onState(stateOf(e))
	});
	options.onState(stateOf(editor));
	return editor;
}

/** "www.x.de" → "https://www.x.de", "a@b.de" → "mailto:a@b.de"; null for nothing usable. */
export function normaliseLink(input: string): string | null {
	const value = input.trim();
	if (!value) return null;
	if (/^(https?:\/\/|mailto:|tel:|\/)/i.test(value)) return value;
	if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
	if (/^\+?[\d\s/()-]{6,}$/.test(value)) return `tel:${value.replace(/[^\d+]/g, '')}`;
	if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/i.test(value)) return `https://${value}`;
	return null;
}
