# The article's figure set (FIGURES.md), drawn by gnuplot as a benchmark peer of `loss-plot batch`.
# Renders all 11 figures as 640x480 PNG and SVG in one process:
#   gnuplot -e "outdir='/tmp/figs'" bench/gnuplot/article.gp

if (!exists("outdir")) outdir = "."
set encoding utf8

# --- The losses (FIGURES.md conventions); NaN where a value is undefined, so the line breaks.
max(a, b) = a > b ? a : b
l1(r) = abs(r)
l2(r) = r**2
huber(r, d) = abs(r) <= d ? r**2 / 2 : d * (abs(r) - d / 2.0)
pseudo_huber(r, d) = d**2 * (sqrt(1 + (r / d)**2) - 1)
msle(p, t) = (p > -1 && t > -1) ? (log(1 + p) - log(1 + t))**2 : NaN
hinge(y, t) = max(0, 1 - t * y)
squared_hinge(y, t) = hinge(y, t)**2
# a * log(b) with 0 * log(0) = 0; log of a negative number stays undefined even when a = 0.
xlogy(a, b) = b < 0 ? NaN : (a == 0 ? 0 : a * log(b))
binary_cross_entropy(p, t) = -(xlogy(t, p) + xlogy(1 - t, 1 - p))
log1p_exp_neg_abs(z) = log(1 + exp(-abs(z)))
sigmoid_cross_entropy(z, t) = max(z, 0) - z * t + log1p_exp_neg_abs(z)
weighted_sigmoid_cross_entropy(z, t, w) = \
    (1 - t) * z + (1 + (w - 1) * t) * (log1p_exp_neg_abs(z) + max(-z, 0))
# Softmax cross-entropy of the logits (z, -3, 10): -sum q_i log_softmax_i = logsumexp - sum q_i z_i.
m3(z) = max(z, 10)
logsumexp3(z) = m3(z) + log(exp(z - m3(z)) + exp(-3 - m3(z)) + exp(10 - m3(z)))
softmax_cross_entropy(z, q0, q1, q2) = logsumexp3(z) - (q0 * z + q1 * (-3) + q2 * 10)
# Two classes, q = (0.3, 0.7) against p = (s, 1 - s).
q0 = 0.3
q1 = 0.7
cross_entropy(s) = -(xlogy(q0, s) + xlogy(q1, 1 - s))
entropy = -(xlogy(q0, q0) + xlogy(q1, q1))
kl_divergence(s) = cross_entropy(s) - entropy

# --- Rendering: each figure is plotted once to PNG, then replotted to SVG.
# Colours of matplotlib's default cycle, so the two peers can be compared side by side.
set linetype 1 lc rgb "#1f77b4" lw 2 dt solid
set linetype 2 lc rgb "#ff7f0e" lw 2 dt solid
set linetype 3 lc rgb "#2ca02c" lw 2 dt solid
set linetype 4 lc rgb "#d62728" lw 2 dt solid
# The cookbook's 'b-', 'r--', 'k-.', 'g:' styles.
# Linetypes, unlike line styles, survive `reset`.
set linetype 11 lc rgb "#0000ff" lw 2 dt solid
set linetype 12 lc rgb "#ff0000" lw 2 dt (10, 6)
set linetype 13 lc rgb "#000000" lw 2 dt (12, 6, 2, 6)
set linetype 14 lc rgb "#008000" lw 2 dt (2, 4)

common = "set clip two; set key noenhanced; set title noenhanced; set ylabel 'loss'"
font = "font 'DejaVu Sans,10'"
to_png(name) = sprintf("set terminal pngcairo size 640,480 noenhanced %s; set output '%s/%s.png'", \
                       font, outdir, name)
to_svg(name) = sprintf("set terminal svg size 640,480 noenhanced %s; set output '%s/%s.svg'; " . \
                       "replot; unset output", font, outdir, name)

# l1-l2: the article's own L1/L2 plot.
reset
eval common
set title "L1 and L2 loss"
set xlabel "prediction"
set xrange [-1:1]
set samples 100
set key top center
eval to_png("l1-l2")
plot l1(x - 0) title "l1 loss", l2(x - 0) title "l2 loss"
eval to_svg("l1-l2")

# huber: Huber for several deltas.
reset
eval common
set title "Huber loss"
set xlabel "prediction"
set xrange [-2:2]
set samples 200
set key top center
eval to_png("huber")
plot for [d in "0.25 0.5 1 2"] huber(x - 0, real(d)) title "δ = ".d
eval to_svg("huber")

# pseudo-huber: the linear parts steepen as delta grows.
reset
eval common
set title "Pseudo-Huber loss"
set xlabel "prediction"
set xrange [-2:2]
set samples 200
set key top center
eval to_png("pseudo-huber")
plot for [d in "0.25 0.5 1 2"] pseudo_huber(x - 0, real(d)) title "δ = ".d
eval to_svg("pseudo-huber")

# regression: the cookbook's regression figure.
reset
eval common
set title "Regression losses"
set xlabel "prediction"
set xrange [-1:1]
set yrange [-0.2:0.4]
set samples 500
set grid
set key bottom right box opaque
eval to_png("regression")
plot l2(x - 0) lt 11 title "L2 Loss", \
     l1(x - 0) lt 12 title "L1 Loss", \
     pseudo_huber(x - 0, 0.25) lt 13 title "P-Huber Loss (0.25)", \
     pseudo_huber(x - 0, 5.0) lt 14 title "P-Huber Loss (5.0)"
eval to_svg("regression")

# msle: MSLE punishes under-prediction more than MSE does.
reset
eval common
set title "MSLE against MSE (target 1)"
set xlabel "prediction"
set xrange [0:4]
set samples 200
set key top left
eval to_png("msle")
plot l2(x - 1) title "MSE", msle(x, 1) title "MSLE"
eval to_svg("msle")

# hinge: hinge and squared hinge.
reset
eval common
set title "Hinge loss (target 1)"
set xlabel "score"
set xrange [-3:5]
set samples 500
set key top right
eval to_png("hinge")
plot hinge(x, 1) title "hinge", squared_hinge(x, 1) title "squared hinge"
eval to_svg("hinge")

# binary-cross-entropy: log loss over the predicted probability.
reset
eval common
set title "Binary cross-entropy"
set xlabel "probability"
set xrange [0.001:0.999]
set samples 500
set key top center
eval to_png("binary-cross-entropy")
plot binary_cross_entropy(x, 1) title "t = 1", binary_cross_entropy(x, 0) title "t = 0"
eval to_svg("binary-cross-entropy")

# sigmoid-cross-entropy: cross-entropy on logits.
reset
eval common
set title "Sigmoid cross-entropy"
set xlabel "logit"
set xrange [-5:5]
set samples 200
set key top center
eval to_png("sigmoid-cross-entropy")
plot sigmoid_cross_entropy(x, 1) title "t = 1", sigmoid_cross_entropy(x, 0) title "t = 0"
eval to_svg("sigmoid-cross-entropy")

# classification: the cookbook's classification figure. The red cross-entropy takes the raw
# score as a probability, so it exists only on (0, 1).
reset
eval common
set title "Classification losses (target 1)"
set xlabel "score"
set xrange [-3:5]
set yrange [-1.5:3]
set samples 500
set grid
set key bottom right box opaque
eval to_png("classification")
plot hinge(x, 1) lt 11 title "Hinge Loss", \
     binary_cross_entropy(x, 1) lt 12 title "Cross Entropy Loss", \
     sigmoid_cross_entropy(x, 1) lt 13 title "Cross Entropy Sigmoid Loss", \
     weighted_sigmoid_cross_entropy(x, 1, 0.5) lt 14 title "Weighted Cross Entropy Loss (x0.5)"
eval to_svg("classification")

# softmax-cross-entropy: the first logit z of (z, -3, 10) moves, the others stay fixed.
reset
eval common
set title "Softmax cross-entropy of logits (z, -3, 10)"
set xlabel "first logit z"
set xrange [-5:15]
set samples 500
set key top right
eval to_png("softmax-cross-entropy")
plot softmax_cross_entropy(x, 0.1, 0.02, 0.88) title "target (0.1, 0.02, 0.88)", \
     softmax_cross_entropy(x, 0, 0, 1) title "class 2", \
     softmax_cross_entropy(x, 1, 0, 0) title "class 0"
eval to_svg("softmax-cross-entropy")

# kl-divergence: cross-entropy = entropy + KL, two classes.
reset
eval common
set title "Cross-entropy = entropy + KL, q = (0.3, 0.7)"
set xlabel "s, p = (s, 1 - s)"
set xrange [0.01:0.99]
set samples 200
set key top left
eval to_png("kl-divergence")
plot kl_divergence(x) title "KL(q‖p)", \
     cross_entropy(x) title "cross-entropy H(q, p)", \
     entropy title "entropy H(q)"
eval to_svg("kl-divergence")
