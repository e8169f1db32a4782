#!/usr/bin/env bash
# The README's figures beyond the gallery: what `loss-plot LOSS` draws with no options for three losses,
# a journal-column figure with maths in its labels (PDF, and a PNG of it for the README), and a
# formula (--expr) beside a catalog loss with its derivative panels, and lines fitted under L2, L1
# and Huber to the built-in points with outliers (fit --weights).
# `make plots` runs it into plots/; a test runs it into a temporary folder and compares the PNGs.
# Usage: plots/readme-figures.sh LOSS_PLOT OUT_DIR
set -euo pipefail
bin="$1"
out="$2"
mkdir -p "$out/defaults" "$out/paper" "$out/formula"
for loss in huber tukey softmax-cross-entropy; do
    "$bin" "$loss" --out "$out/defaults/$loss.png"
done
paper=(huber --delta 0.5,1,2 --range -3:3
       --label '$\delta = 0.5$' --label '$\delta = 1$' --label '$\delta = 2$'
       --title 'Huber loss $\ell_\delta(r)$' --xlabel '$r = \hat{y} - y$' --ylabel '$\ell_\delta(r)$'
       --size 3.5inx2.5in --font-size 8)
"$bin" "${paper[@]}" --out "$out/paper/huber.pdf"
"$bin" "${paper[@]}" --dpi 200 --out "$out/paper/huber.png"
"$bin" huber --delta 1 --expr 'c^2/2 * log(1 + (r/c)^2)' --param c=1 \
    --label 'huber, $\delta = 1$' --label 'Cauchy from --expr, $c = 1$' --derivative 1,2 --range -4:4 \
    --title 'A formula beside a catalog loss, with exact derivatives' --out "$out/formula/cauchy-huber.png"
mkdir -p "$out/fit"
"$bin" fit l2 l1 huber --delta 1,4 --weights --out "$out/fit/robust-fit.png"
"$bin" fit l2 l1 huber --surface --out "$out/fit/fit-surfaces.png"
mkdir -p "$out/surface"
"$bin" softmax-cross-entropy --target 0,0,1 --rest 0,0 --y logit1=-5:5 --range -5:5 --out "$out/surface/softmax-two-logits.png"
"$bin" huber --y delta=0.1:3 --range -3:3 --out "$out/surface/huber-delta.png"
