namespace Segmentation.Prediction.Runs;

/// <summary>The continuous-time purchase-count models a prediction run can fit.</summary>
public enum CountModelKind
{
    /// <summary>BG/NBD (<see cref="Models.BgNbdModel"/>), the default.</summary>
    BgNbd,

    /// <summary>MBG/NBD (<see cref="Models.ModifiedBgNbdModel"/>).</summary>
    ModifiedBgNbd,

    /// <summary>Pareto/NBD (<see cref="Models.ParetoNbdModel"/>).</summary>
    ParetoNbd,
}
