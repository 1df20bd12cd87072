// The desk's upload: sends the files with the form's forgery token in the X-CSRF-Token header (a
// multipart body is not read before the controller), shows how much has been sent, then opens the
// upload's progress page, where the import's own progress takes over.
document.querySelectorAll('form[data-upload]').forEach(form => form.addEventListener('submit', event => {
    event.preventDefault();
    const bar = form.querySelector('progress');
    const status = form.querySelector('[data-status]');
    const button = form.querySelector('button');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.responseType = 'document';
    xhr.setRequestHeader('X-CSRF-Token', form.elements.csrf.value);
    xhr.upload.onprogress = sent => {
        if (sent.lengthComputable) {
            bar.hidden = false;
            bar.value = sent.loaded / sent.total;
            status.textContent = 'Sending: ' + Math.round(100 * sent.loaded / sent.total) + '%';
        }
    };
    xhr.onload = () => {
        if (xhr.status < 400) {
            location.href = xhr.responseURL;
            return;
        }
        const reason = xhr.response && xhr.response.querySelector('main p');
        status.textContent = reason ? reason.textContent : 'The upload was refused (' + xhr.status + ').';
        button.disabled = false;
    };
    xhr.onerror = () => {
        status.textContent = 'The upload was interrupted. Check the connection and send it again.';
        button.disabled = false;
    };
    button.disabled = true;
    status.textContent = 'Sending…';
    xhr.send(new FormData(form));
}));

// The scope picker: finds parties, members and documents by name, title or number, and adds the one
// clicked to the assignment's matching scope field.
const scopeFields = {party: 'parties', member: 'members', document: 'documents'};
document.querySelectorAll('[data-scope-search]').forEach(search => {
    const form = search.form;
    const results = form.querySelector('[data-scope-results]');
    let typing;
    search.addEventListener('keydown', key => {
        if (key.key === 'Enter') {
            key.preventDefault(); // Enter looks up; it does not save the assignment
        }
    });
    search.addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(find, 200);
    });

    async function find() {
        const response = await fetch('/api/editor/scope-search?q=' + encodeURIComponent(search.value));
        const matches = response.ok ? await response.json() : [];
        results.replaceChildren(...matches.map(match => {
            const add = document.createElement('button');
            add.type = 'button';
            add.className = 'secondary';
            add.textContent = '+ ' + match.kind + ': ' + match.label;
            add.addEventListener('click', () => {
                const field = form.elements[scopeFields[match.kind]];
                const values = field.value.split(/[,\s]+/).filter(v => v);
                if (!values.includes(match.value)) {
                    field.value = [...values, match.value].join(', ');
                }
                add.remove();
            });
            return add;
        }));
    }
});
