# Scale sweep peer of
#   loss-plot pseudo-huber --delta 0.25,1,2 --range -2:2 --samples N --out F.png
# Usage:
#   gnuplot -e "n=1000000; out='/tmp/sweep.png'" bench/gnuplot/sweep.gp

if (!exists("n")) n = 1000
if (!exists("out")) out = "sweep.png"
set encoding utf8

pseudo_huber(r, d) = d**2 * (sqrt(1 + (r / d)**2) - 1)

# Colours of matplotlib's default cycle, as in article.gp.
set linetype 1 lc rgb "#1f77b4" lw 2
set linetype 2 lc rgb "#ff7f0e" lw 2
set linetype 3 lc rgb "#2ca02c" lw 2

set terminal pngcairo size 640,480 noenhanced font "DejaVu Sans,10"
set output out
set title sprintf("Pseudo-Huber loss, %d samples per curve", n)
set xlabel "prediction"
set ylabel "loss"
set xrange [-2:2]
set samples n
set key top center
plot for [d in "0.25 1 2"] pseudo_huber(x, real(d)) title "δ = ".d
unset output
