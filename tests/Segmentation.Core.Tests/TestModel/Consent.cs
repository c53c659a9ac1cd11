namespace Segmentation.Tests.TestModel;

/// <summary>A consent record: a channel, when it was given and, once withdrawn, when.</summary>
public sealed class Consent
{
    public string Channel { get; set; } = string.Empty;

    public DateTimeOffset GivenAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
