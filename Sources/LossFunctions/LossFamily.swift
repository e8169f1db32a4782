/// How a loss reads its prediction and target.
public enum LossFamily: String, Sendable, CaseIterable {
    /// A function of the residual r = prediction - target (regression).
    case distance
    /// A function of the margin m = y f, with a label y in {-1, 1} and a score f.
    case margin
    /// A function of a predicted probability, logit or rate against a target.
    case probability
    /// A function of a whole row of logits or probabilities against a distribution or a class.
    case distribution
    /// A function of a distance or a difference of scores between examples.
    case ranking

    /// The family's heading in `loss-plot list`.
    public var title: String {
        switch self {
        case .distance: "Distance (regression) losses: functions of the residual r = prediction - target"
        case .margin: "Margin losses: functions of the margin m = y f, labels y in {-1, 1}"
        case .probability: "Probabilistic losses: functions of a probability, a logit or a rate"
        case .distribution: "Distribution losses: a row of logits or probabilities against a distribution or a class"
        case .ranking: "Ranking and embedding losses: functions of a distance or a score difference"
        }
    }
}
