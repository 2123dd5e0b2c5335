using LlmWatch.Cli;

var env = new CliEnvironment(Console.Out, Console.Error, TimeProvider.System, !Console.IsOutputRedirected);
return await CliApp.RunAsync(args, env);
