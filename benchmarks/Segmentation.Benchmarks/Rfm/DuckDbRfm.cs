namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// The RFM run in DuckDB SQL over the table <c>tx</c>: per-customer aggregates, type-7 quantile cut
/// points (quantile_cont), the contract's scores, the R x F segment names, ordered by id (as
/// Segmentation.CliThroughput's DuckDB baseline, from a table instead of the CSV).
/// </summary>
internal static class DuckDbRfm
{
    public const string Query = """
        WITH agg AS (
          SELECT customer_id, max(order_date) AS last_date, count(*) AS frequency, sum(amount) AS monetary
          FROM tx GROUP BY customer_id),
        as_of AS (SELECT max(last_date) + 1 AS d FROM agg),
        scored AS (SELECT customer_id, (SELECT d FROM as_of) - last_date AS recency_days, frequency, monetary FROM agg),
        cuts AS (
          SELECT quantile_cont(recency_days, [0.2, 0.4, 0.6, 0.8]) AS rc,
                 quantile_cont(frequency, [0.2, 0.4, 0.6, 0.8]) AS fc,
                 quantile_cont(monetary, [0.2, 0.4, 0.6, 0.8]) AS mc
          FROM scored),
        s AS (
          SELECT customer_id,
            5 - ((recency_days > rc[1])::INT + (recency_days > rc[2])::INT + (recency_days > rc[3])::INT + (recency_days > rc[4])::INT) AS r,
            1 + (frequency > fc[1])::INT + (frequency > fc[2])::INT + (frequency > fc[3])::INT + (frequency > fc[4])::INT AS f,
            1 + (monetary > mc[1])::INT + (monetary > mc[2])::INT + (monetary > mc[3])::INT + (monetary > mc[4])::INT AS m
          FROM scored, cuts)
        SELECT customer_id, 100 * r + 10 * f + m AS rfm,
          CASE
            WHEN r >= 5 AND f >= 4 THEN 'Champions'
            WHEN r >= 3 AND f >= 4 THEN 'Loyal'
            WHEN r >= 4 AND f >= 2 THEN 'Potential loyalists'
            WHEN r = 5 THEN 'New'
            WHEN r = 4 THEN 'Promising'
            WHEN r = 3 AND f = 3 THEN 'Need attention'
            WHEN r = 3 THEN 'About to sleep'
            WHEN f = 5 THEN 'Can''t lose'
            WHEN f >= 3 THEN 'At risk'
            ELSE 'Hibernating'
          END AS segment
        FROM s ORDER BY customer_id
        """;
}
