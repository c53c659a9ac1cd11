namespace Segmentation.Tests.TestModel;

public sealed class Order
{
    public int Id { get; set; }

    public decimal Amount { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public string? Channel { get; set; }

    public bool Returned { get; set; }
}
