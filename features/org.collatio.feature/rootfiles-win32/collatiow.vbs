' Collatio without a console window: runs collatio.cmd (beside this file) hidden, with the same arguments.
' Double-click it, or make a shortcut to it (wscript.exe collatiow.vbs).
Option Explicit
Dim shell, fso, here, line, i, arg
Set shell = CreateObject("WScript.Shell")
Set fso = CreateObject("Scripting.FileSystemObject")
here = fso.GetParentFolderName(WScript.ScriptFullName)
line = """" & here & "\collatio.cmd"""
For i = 0 To WScript.Arguments.Count - 1
  arg = WScript.Arguments(i)
  line = line & " """ & arg & """"
Next
' cmd /c "..." with the whole command line in one more pair of quotes (cmd strips the outer pair)
shell.Run "cmd /c """ & line & """", 0, False
