package vn.genderstats.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rank of a small real matrix by Gaussian elimination with partial pivoting, and which unknowns a system of
 * equations determines.
 */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /** The unknowns the equations determine: those whose unit vector lies in the equations' row space. */
    static List<Integer> determined(List<double[]> equations, int unknowns) {
        int rank = rank(equations);
        List<Integer> out = new ArrayList<>();
        for (int u = 0; u < unknowns; u++) {
            List<double[]> withUnit = new ArrayList<>(equations);
            double[] unit = new double[unknowns];
            unit[u] = 1;
            withUnit.add(unit);
            if (rank(withUnit) == rank) {
                out.add(u);
            }
        }
        return out;
    }

    static int rank(List<double[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int columns = m[0].length;
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][c] / m[rank][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
