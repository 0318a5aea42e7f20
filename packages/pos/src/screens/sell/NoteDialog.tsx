import { useState } from 'react';
import { Dialog } from '../../components/dialog/Dialog.tsx';

/** The customer note of a line: printed under it on the receipt and the invoice. */
export function NoteDialog(props: {
  productName: string;
  note: string;
  onSave: (note: string) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState(props.note);
  return (
    <Dialog
      title={`Customer note · ${props.productName}`}
      onClose={props.onClose}
      footer={
        <>
          <button onClick={props.onClose}>Discard</button>
          <button className="btn-primary" onClick={() => props.onSave(note.trim())}>
            Save
          </button>
        </>
      }
    >
      <label>
        Note for the customer
        <textarea rows={4} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </label>
    </Dialog>
  );
}
