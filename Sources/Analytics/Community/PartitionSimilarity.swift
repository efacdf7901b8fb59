import Foundation

/// Normalised mutual information between two partitions of the same nodes.
///
/// Definition: NMI(A, B) = 2 I(A; B) / (H(A) + H(B)) (arithmetic-mean normalisation), with
/// I the mutual information and H the entropy of the label distributions; 1 when both
/// partitions are trivial (a single community each).
///
/// Paper: L. Danon, A. Díaz-Guilera, J. Duch & A. Arenas, "Comparing community structure
/// identification", Journal of Statistical Mechanics P09008, 2005.
///
/// Complexity: O(n + distinct label pairs). Matches scikit-learn's
/// `normalized_mutual_info_score` (average_method="arithmetic").
public enum PartitionSimilarity {
    /// NMI of two label arrays of equal length (labels any integers).
    public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count)
        let n = Double(a.count)
        guard a.count > 0 else { return 1 }
        var joint: [Int: [Int: Int]] = [:]
        var countA: [Int: Int] = [:], countB: [Int: Int] = [:]
        for (x, y) in zip(a, b) {
            joint[x, default: [:]][y, default: 0] += 1
            countA[x, default: 0] += 1; countB[y, default: 0] += 1
        }
        func entropy(_ counts: [Int: Int]) -> Double {
            counts.values.reduce(0) { h, c in let p = Double(c) / n; return h - p * log(p) }
        }
        let ha = entropy(countA), hb = entropy(countB)
        if ha == 0 && hb == 0 { return 1 }
        var mutual = 0.0
        for (x, row) in joint {
            for (y, c) in row {
                let p = Double(c) / n
                mutual += p * log(p / (Double(countA[x]!) / n * Double(countB[y]!) / n))
            }
        }
        return max(0, 2 * mutual / (ha + hb))
    }
}
