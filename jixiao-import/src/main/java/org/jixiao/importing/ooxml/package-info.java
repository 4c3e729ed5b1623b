/**
 * Safety checks shared by the DOCX and XLSX readers before POI opens a package: encrypted packages, zip bombs
 * (entry size, total size, inflate ratio) and XML parts with a DOCTYPE (entities are never resolved).
 */
package org.jixiao.importing.ooxml;
