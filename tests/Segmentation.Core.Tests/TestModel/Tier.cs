namespace Segmentation.Tests.TestModel;

public enum Tier
{
    Bronze,
    Silver,
    Gold,
}
