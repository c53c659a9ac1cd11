namespace Segmentation.Tests.TestModel;

public sealed class Address
{
    public string? City { get; set; }

    public string? PostalCode { get; set; }
}
