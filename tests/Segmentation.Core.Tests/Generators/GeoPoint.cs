namespace Segmentation.Tests.Generators;

/// <summary>A point in degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);
