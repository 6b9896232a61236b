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
	/** Esc in the text: a way out for keyboard users (Tab moves between table cells). */
	onEscape: () => void;
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
		editorProps: {
			attributes: options.attributes,
			handleKeyDown: (_view, event) => {
				if (event.key !== 'Escape') return false;
				options.onEscape();
				return true;
			}
		},
		onUpdate: ({ editor: e }) => options.onChange(e.isEmpty ? '' : e.getHTML()),
		onTransaction: ({ editor: e }) => options.onState(stateOf(e)),
		onFocus: ({ editor: e }) => options.onState(stateOf(e))
	});
	options.onState(stateOf(editor));
	return editor;
}

export { normaliseLink } from './link-input.ts';
