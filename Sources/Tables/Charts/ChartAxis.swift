import Foundation

/// A chart's value axis: from 0 to a round top, ticked at a round step.
///
/// Rule: the step is the smallest of 1, 2, 2.5 and 5 × 10^k that covers the largest value in
/// at most five intervals; for counts (`integral`) only whole steps are taken, so no tick
/// reads "62.5 agreements". The top is the first multiple of the step at or above the largest
/// value. With no positive finite value the axis runs from 0 to 1.
///
/// Example: a largest value of 178 takes the step 50 and ticks 0, 50, 100, 150, 200; 7 agreements
/// take the step 2 and ticks 0, 2, 4, 6, 8; a density of 0.13 takes 0.05 and ticks up to 0.15.
struct ChartAxis {
    let step: Double
    let top: Double
    /// 0, step, 2 · step, …, top.
    var ticks: [Double] { (0...Int((top / step).rounded())).map { Double($0) * step } }

    init(maximum: Double, integral: Bool) {
        let largest = maximum.isFinite && maximum > 0 ? maximum : 1
        var exponent = floor(log10(largest / 5))
        var chosen: Double?
        while chosen == nil {
            let magnitude = pow(10, exponent)
            chosen = [1.0, 2, 2.5, 5].map { $0 * magnitude }.first { step in
                (!integral || (step >= 1 && step == step.rounded())) && (largest / step).rounded(.up) <= 5
            }
            exponent += 1
        }
        step = chosen!
        top = max(1, (largest / step).rounded(.up)) * step
    }

    /// Where `value` lies between `bottom` (0) and `top` (the axis top), in SVG units.
    func position(_ value: Double, bottom: Double, top plotTop: Double) -> Double {
        bottom - value / top * (bottom - plotTop)
    }
}
