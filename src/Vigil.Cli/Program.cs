using System.CommandLine;
using Vigil.Cli.Commands;

var root = new RootCommand("Vigil: learns each device's pattern of life from OT/IT traffic and alerts when one acts out of character.")
{
    AnalyzeCommand.Create(),
    CaptureCommand.Create(),
    SimulateCommand.Create(),
    DemoCommand.Create(),
    EvaluateCommand.Create(),
    DbCommand.Create(),
    SiloCommand.Create(),
    SensorCommand.Create(),
    ApiKeyCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
