// Placeholder entry point; replaced by the real commands as they land.
Console.WriteLine("segment: no commands yet");
return 0;
