extension ExplorerPage {
    /// The page's behaviour: sliders pick the frame, the address keeps the state
    /// (`#delta=0.5&tau=0.3`), the arrow keys move the slider in use, play steps through it.
    static let script = """
        const sliders = params.map((p, i) => document.getElementById('s' + i));
        const outputs = params.map((p, i) => document.getElementById('o' + i));
        const slots = Array.from(document.querySelectorAll('g.v'), g => ({ kids: g.children, shown: g.dataset.shown.split(',').map(Number), on: -1 }));
        let active = 0, timer = null;
        function frame() { return sliders.reduce((f, s, i) => f * params[i].values.length + Number(s.value), 0); }
        function show(writeAddress) {
          const f = frame();
          for (const s of slots) {
            const v = s.shown[f];
            if (v === s.on) continue;
            if (s.on >= 0) s.kids[s.on].classList.remove('on');
            s.kids[v].classList.add('on');
            s.on = v;
          }
          sliders.forEach((s, i) => { outputs[i].textContent = params[i].labels[Number(s.value)]; });
          if (writeAddress) history.replaceState(null, '', '#' + params.map((p, i) => p.name + '=' + p.address[Number(sliders[i].value)]).join('&'));
        }
        function readAddress() {
          for (const part of location.hash.slice(1).split('&')) {
            const [name, text] = part.split('=');
            const i = params.findIndex(p => p.name === decodeURIComponent(name || ''));
            const value = parseFloat(decodeURIComponent(text || ''));
            if (i < 0 || isNaN(value)) continue;
            let best = 0;
            params[i].values.forEach((v, k) => { if (Math.abs(v - value) < Math.abs(params[i].values[best] - value)) best = k; });
            sliders[i].value = best;
          }
          show(false);
        }
        function step(i, by) {
          const n = params[i].values.length;
          sliders[i].value = (Number(sliders[i].value) + by + n) % n;
          show(true);
        }
        sliders.forEach((s, i) => {
          s.addEventListener('input', () => { active = i; show(true); });
          s.addEventListener('focus', () => { active = i; });
        });
        document.addEventListener('keydown', e => {
          if (e.target instanceof HTMLInputElement) return;
          const by = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
          if (by === undefined) return;
          e.preventDefault();
          const n = params[active].values.length;
          const next = Number(sliders[active].value) + by;
          if (next >= 0 && next < n) { sliders[active].value = next; show(true); }
        });
        const play = document.getElementById('play');
        play.addEventListener('click', () => {
          if (timer) { clearInterval(timer); timer = null; play.textContent = '▶ play'; return; }
          timer = setInterval(() => step(active, 1), 1000 / fps);
          play.textContent = '❚❚ pause';
        });
        window.addEventListener('hashchange', readAddress);
        readAddress();

        """
}
