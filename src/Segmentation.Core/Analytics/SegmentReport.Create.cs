using Segmentation.Evaluation;
using Segmentation.Definitions;

namespace Segmentation.Analytics;

public sealed partial class SegmentReport
{
    /// <summary>Creates an exclusive report from parallel spans: customer <c>i</c> is in segment <c>segments[i]</c> and has <c>metrics[i]</c>.</summary>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="segments">Each customer's segment index.</param>
    /// <param name="metrics">Each customer's orders, revenue and recency.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    public static SegmentReport CreateExclusive(IReadOnlyList<string> segmentNames, ReadOnlySpan<int> segments, ReadOnlySpan<CustomerMetrics> metrics)
    {
        ThrowIfLengthsDiffer(segments.Length, metrics.Length);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.FirstMatch);
        for (var i = 0; i < segments.Length; i++)
        {
            builder.Add(segments[i], metrics[i]);
        }

        return builder.Build();
    }

    /// <summary>Creates an overlapping report from parallel spans: customer <c>i</c> is in the segments of <c>segments[i]</c> and has <c>metrics[i]</c>.</summary>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="segments">Each customer's segments, possibly none.</param>
    /// <param name="metrics">Each customer's orders, revenue and recency.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    public static SegmentReport CreateOverlapping(IReadOnlyList<string> segmentNames, ReadOnlySpan<SegmentMembership> segments, ReadOnlySpan<CustomerMetrics> metrics)
    {
        ThrowIfLengthsDiffer(segments.Length, metrics.Length);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.AllMatches);
        for (var i = 0; i < segments.Length; i++)
        {
            builder.Add(segments[i], metrics[i]);
        }

        return builder.Build();
    }

    /// <summary>Creates an exclusive report from a sequence of customers.</summary>
    /// <typeparam name="T">The customer record.</typeparam>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="customers">The population, each customer once.</param>
    /// <param name="segmentOf">Gives a customer's segment index.</param>
    /// <param name="metricsOf">Gives a customer's orders, revenue and recency.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    public static SegmentReport CreateExclusive<T>(IReadOnlyList<string> segmentNames, IEnumerable<T> customers, Func<T, int> segmentOf, Func<T, CustomerMetrics> metricsOf)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segmentOf);
        ArgumentNullException.ThrowIfNull(metricsOf);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.FirstMatch);
        foreach (var customer in customers)
        {
            builder.Add(segmentOf(customer), metricsOf(customer));
        }

        return builder.Build();
    }

    /// <summary>Creates an overlapping report from a sequence of customers.</summary>
    /// <typeparam name="T">The customer record.</typeparam>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="customers">The population, each customer once.</param>
    /// <param name="segmentsOf">Gives a customer's segments, possibly none.</param>
    /// <param name="metricsOf">Gives a customer's orders, revenue and recency.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    public static SegmentReport CreateOverlapping<T>(IReadOnlyList<string> segmentNames, IEnumerable<T> customers, Func<T, SegmentMembership> segmentsOf, Func<T, CustomerMetrics> metricsOf)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segmentsOf);
        ArgumentNullException.ThrowIfNull(metricsOf);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.AllMatches);
        foreach (var customer in customers)
        {
            builder.Add(segmentsOf(customer), metricsOf(customer));
        }

        return builder.Build();
    }

    /// <summary>Creates an exclusive report from an asynchronous stream, in memory bounded by the number of segments.</summary>
    /// <typeparam name="T">The customer record.</typeparam>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="customers">The population, each customer once.</param>
    /// <param name="segmentOf">Gives a customer's segment index.</param>
    /// <param name="metricsOf">Gives a customer's orders, revenue and recency.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<SegmentReport> CreateExclusiveAsync<T>(IReadOnlyList<string> segmentNames, IAsyncEnumerable<T> customers, Func<T, int> segmentOf, Func<T, CustomerMetrics> metricsOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segmentOf);
        ArgumentNullException.ThrowIfNull(metricsOf);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.FirstMatch);
        return CreateExclusiveCoreAsync(builder, customers, segmentOf, metricsOf, cancellationToken);
    }

    private static async ValueTask<SegmentReport> CreateExclusiveCoreAsync<T>(SegmentReportBuilder builder, IAsyncEnumerable<T> customers, Func<T, int> segmentOf, Func<T, CustomerMetrics> metricsOf, CancellationToken cancellationToken)
    {
        await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Sources need not observe the token themselves (the BCL's ToAsyncEnumerable does not).
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(segmentOf(customer), metricsOf(customer));
        }

        return builder.Build();
    }

    /// <summary>Creates an overlapping report from an asynchronous stream, in memory bounded by the number of segments.</summary>
    /// <typeparam name="T">The customer record.</typeparam>
    /// <param name="segmentNames">The segment names in index order.</param>
    /// <param name="customers">The population, each customer once.</param>
    /// <param name="segmentsOf">Gives a customer's segments, possibly none.</param>
    /// <param name="metricsOf">Gives a customer's orders, revenue and recency.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">A name or index is invalid, or the metrics are.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<SegmentReport> CreateOverlappingAsync<T>(IReadOnlyList<string> segmentNames, IAsyncEnumerable<T> customers, Func<T, SegmentMembership> segmentsOf, Func<T, CustomerMetrics> metricsOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segmentsOf);
        ArgumentNullException.ThrowIfNull(metricsOf);
        var builder = new SegmentReportBuilder(segmentNames, SegmentSetMode.AllMatches);
        return CreateOverlappingCoreAsync(builder, customers, segmentsOf, metricsOf, cancellationToken);
    }

    private static async ValueTask<SegmentReport> CreateOverlappingCoreAsync<T>(SegmentReportBuilder builder, IAsyncEnumerable<T> customers, Func<T, SegmentMembership> segmentsOf, Func<T, CustomerMetrics> metricsOf, CancellationToken cancellationToken)
    {
        await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Sources need not observe the token themselves (the BCL's ToAsyncEnumerable does not).
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(segmentsOf(customer), metricsOf(customer));
        }

        return builder.Build();
    }

    private static void ThrowIfLengthsDiffer(int segments, int metrics)
    {
        if (segments != metrics)
        {
            throw new ArgumentException($"The spans must have one entry per customer, but there are {segments} segment entries and {metrics} metrics entries.", nameof(metrics));
        }
    }
}
