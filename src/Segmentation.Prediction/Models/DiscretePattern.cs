namespace Segmentation.Prediction.Models;

/// <summary>A discrete-time purchase pattern (BG/BB): over n opportunities, x repeat transactions, the last at opportunity t_x, shared by <paramref name="Count"/> customers.</summary>
/// <param name="Frequency">x, the repeat transactions in the n opportunities (0..n).</param>
/// <param name="Recency">t_x, the opportunity of the last transaction (0 without any; x &lt;= t_x &lt;= n).</param>
/// <param name="Opportunities">n, the number of transaction opportunities observed.</param>
/// <param name="Count">How many customers share the pattern (the likelihood's weight).</param>
public readonly record struct DiscretePattern(int Frequency, int Recency, int Opportunities, long Count = 1)
{
    internal void Validate()
    {
        if (Opportunities < 0 || Frequency < 0 || Frequency > Recency || Recency > Opportunities || (Frequency == 0 && Recency != 0) || Count < 0)
        {
            throw new SegmentationException(
                $"The pattern (frequency {Frequency}, recency {Recency}, opportunities {Opportunities}, count {Count}) is impossible: it needs 0 <= frequency <= recency <= opportunities, recency 0 without transactions, and a count >= 0.",
                nameof(DiscretePattern));
        }
    }
}
