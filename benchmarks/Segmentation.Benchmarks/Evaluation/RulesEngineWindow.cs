namespace Segmentation.Benchmarks.Evaluation;

/// <summary>The time window passed to Microsoft RulesEngine as a second input (it has no as-of parameter of its own).</summary>
public sealed class RulesEngineWindow
{
    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }
}
