namespace Segmentation.Evaluation;

/// <summary>Defaults of evaluation, in one place.</summary>
internal static class EvaluationConstants
{
    /// <summary>Below this many customers a second core costs more than it saves.</summary>
    internal const int ParallelThreshold = 32_768;

    /// <summary>Customers per parallel work item: large enough to amortise scheduling.</summary>
    internal const int MinChunk = 8_192;

    /// <summary>Customers per call of a compiled all-matches loop: with more than 64 segments, every word of a chunk is computed while its customers are in the cache.</summary>
    internal const int LoopChunk = 1024;
}
