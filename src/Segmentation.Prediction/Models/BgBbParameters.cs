namespace Segmentation.Prediction.Models;

/// <summary>The four BG/BB parameters: transaction probability ~ Beta(α, β), dropout probability ~ Beta(γ, δ).</summary>
internal readonly record struct BgBbParameters(double Alpha, double Beta, double Gamma, double Delta);
